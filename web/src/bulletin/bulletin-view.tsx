import type { Bulletin } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';

/** The bulletin as a printable article: every number carries its footnote (hover or follow the link). */
export function BulletinView({ bulletin }: { bulletin: Bulletin }) {
  const { t } = useTranslation();
  const noteOf = new Map(bulletin.figures.map((f) => [f.ref, f.note]));
  const firstMention = new Set<number>();
  return (
    <article className="bulletin" aria-labelledby="bulletin-title">
      <h2 id="bulletin-title" className="bulletin-title">
        {bulletin.title}
      </h2>
      {bulletin.paragraphs.length === 0 && <p>{t('bulletin.empty')}</p>}
      {bulletin.paragraphs.map((p) => (
        <section key={p.link}>
          <h3 className="bulletin-heading">{p.heading}</h3>
          <p className="bulletin-para">
            {p.segments.map((s, i) => {
              if (s.ref === null) return <span key={i}>{s.text}</span>;
              const first = !firstMention.has(s.ref);
              firstMention.add(s.ref);
              return (
                <span key={i} className="bulletin-figure" title={noteOf.get(s.ref)}>
                  {s.text}
                  {first && (
                    <sup>
                      <a href={`#bulletin-note-${s.ref}`} id={`bulletin-ref-${s.ref}`} aria-label={`${t('bulletin.notes')} ${s.ref}`}>
                        {s.ref}
                      </a>
                    </sup>
                  )}
                </span>
              );
            })}
          </p>
        </section>
      ))}
      {bulletin.figures.length > 0 && (
        <>
          <h3 className="bulletin-heading">{t('bulletin.notes')}</h3>
          <ol className="bulletin-notes">
            {bulletin.figures.map((f) => (
              <li key={f.ref} id={`bulletin-note-${f.ref}`}>
                {f.note} <a href={`#bulletin-ref-${f.ref}`}>↩</a>
              </li>
            ))}
          </ol>
          <h3 className="bulletin-heading">{t('bulletin.appendix')}</h3>
          <table className="bulletin-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('bulletin.indicator')}</th>
                <th scope="col">{t('bulletin.value')}</th>
                <th scope="col">{t('bulletin.periodCol')}</th>
                <th scope="col">{t('bulletin.source')}</th>
              </tr>
            </thead>
            <tbody>
              {bulletin.figures.map((f) => (
                <tr key={f.ref}>
                  <td>{f.ref}</td>
                  <td>
                    {f.name}
                    <div className="bulletin-key">{f.key}</div>
                  </td>
                  <td>{f.text}</td>
                  <td>{f.periodLabel}</td>
                  <td>{f.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </article>
  );
}
