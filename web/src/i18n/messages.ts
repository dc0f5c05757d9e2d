import { localise } from './define';
import { commonMessages } from './common-messages';
import { authMessages } from './auth-messages';
import { enterpriseMessages } from './enterprise-messages';
import { adminMessages } from './admin-messages';
import { notificationMessages } from './notification-messages';
import { patentMessages } from './patent-messages';
import { registryMessages } from './registry-messages';
import { utilizationMessages } from './utilization-messages';
import { techMessages } from './tech-messages';
import { indicatorMessages } from './indicator-messages';
import { screenMessages } from './screen-messages';
import { workbenchMessages } from './workbench-messages';
import { overseasMessages } from './overseas-messages';
import { whitelistMessages } from './whitelist-messages';
import { protectionMessages } from './protection-messages';
import { subsidyMessages } from './subsidy-messages';
import { financeMessages } from './finance-messages';
import { pledgeMessages } from './pledge-messages';
import { cooperationMessages } from './cooperation-messages';
import { caseMessages } from './case-messages';
import { reminderMessages } from './reminder-messages';
import { subsidyPolicyMessages } from './subsidy-policy-messages';
import { financeChainMessages } from './finance-chain-messages';
import { creditOverseasMessages } from './credit-overseas-messages';
import { servicesMessages } from './services-messages';
import { outreachMessages } from './outreach-messages';

const messages = {
  ...commonMessages,
  ...authMessages,
  ...enterpriseMessages,
  ...adminMessages,
  ...notificationMessages,
  ...patentMessages,
  ...registryMessages,
  ...utilizationMessages,
  ...techMessages,
  ...indicatorMessages,
  ...screenMessages,
  ...workbenchMessages,
  ...overseasMessages,
  ...whitelistMessages,
  ...protectionMessages,
  ...subsidyMessages,
  ...financeMessages,
  ...pledgeMessages,
  ...cooperationMessages,
  ...caseMessages,
  ...reminderMessages,
  ...subsidyPolicyMessages,
  ...financeChainMessages,
  ...creditOverseasMessages,
  ...servicesMessages,
  ...outreachMessages,
};

/** The interface texts in Chinese (default) and English, built from the side-by-side message files. */
export const zhCN = localise(messages, 0);
export const en = localise(messages, 1);
