import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The public services, each with its page and its description key. */
const services = [
  { path: '/catalogue/open-licences', name: 'nav.openLicenceCatalogue', text: 'landing.catalogueText' },
  { path: '/hall/supply', name: 'nav.techSupply', text: 'landing.supplyText' },
  { path: '/hall/demands', name: 'nav.techDemands', text: 'landing.demandsText' },
] as const;

/** 公共服务: what the platform is, the pages anyone may open, and the way to sign in or register. */
export function LandingPage() {
  const { t } = useTranslation();
  return (
    <div className="landing">
      <Typography.Title level={1} className="landing-title">
        {t('landing.title')}
      </Typography.Title>
      <Typography.Paragraph className="landing-intro">{t('landing.intro')}</Typography.Paragraph>

      <section aria-labelledby="landing-services">
        <Typography.Title level={2} id="landing-services">
          {t('landing.services')}
        </Typography.Title>
        <Typography.Paragraph>{t('landing.servicesIntro')}</Typography.Paragraph>
        <ul className="landing-cards">
          {services.map((s) => (
            <li key={s.path}>
              <Card className="landing-card">
                <Typography.Title level={3} className="landing-card-title">
                  {t(s.name)}
                </Typography.Title>
                <Typography.Paragraph>{t(s.text)}</Typography.Paragraph>
                <Link to={s.path} className="landing-card-link">
                  {t('landing.open', { name: t(s.name) })}
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="landing-account" className="landing-account">
        <Typography.Title level={2} id="landing-account">
          {t('landing.account')}
        </Typography.Title>
        <Typography.Paragraph>{t('landing.accountText')}</Typography.Paragraph>
        <div className="landing-actions">
          <Link to="/login" className="landing-button landing-button-primary">
            {t('landing.signIn')}
          </Link>
          <Link to="/register" className="landing-button">
            {t('landing.register')}
          </Link>
        </div>
      </section>
    </div>
  );
}
