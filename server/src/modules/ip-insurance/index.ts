import { defineModule } from '../../platform/module.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { insuranceRoutes } from './routes.js';
import { registerInsuranceIndicators } from './indicators.js';
import { registerInsuranceProfileSection } from './profile-section.js';

/** IP insurance policies and claims, securitization deals (#13 §7): the profile's 运用 section and the indicators. */
export const ipInsuranceModule = defineModule({
  name: 'ip-insurance',
  routes: insuranceRoutes,
  register: () => {
    registerWorkbenchCard({ key: 'insurance.policies', kind: 'shortcut', permission: 'insurance.record', link: '/ip-insurance/policies', order: 40 });
    registerInsuranceIndicators();
    registerInsuranceProfileSection();
  },
});
