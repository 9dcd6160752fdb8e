import { Fragment, useMemo } from 'react';
import { mediaUrl, parseLessonText, type Inline } from '@taobo/contracts';

/** Lesson text, rendered from parsed blocks as React elements: no HTML from the text ever reaches the page. */
function InlineText({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.bold ? <strong key={i}>{p.text}</strong> : <Fragment key={i}>{p.text}</Fragment>,
      )}
    </>
  );
}

export function LessonText({ source }: { source: string }) {
  const blocks = useMemo(() => parseLessonText(source), [source]);
  return (
    <div className="lesson-text">
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'heading': {
            const H = b.level === 1 ? 'h2' : b.level === 2 ? 'h3' : 'h4';
            return (
              <H key={i}>
                <InlineText parts={b.text} />
              </H>
            );
          }
          case 'paragraph':
            return (
              <p key={i}>
                <InlineText parts={b.text} />
              </p>
            );
          case 'note':
            return (
              <blockquote key={i}>
                <InlineText parts={b.text} />
              </blockquote>
            );
          case 'list': {
            const L = b.ordered ? 'ol' : 'ul';
            return (
              <L key={i}>
                {b.items.map((item, j) => (
                  <li key={j}>
                    <InlineText parts={item} />
                  </li>
                ))}
              </L>
            );
          }
          case 'image':
            return <img key={i} src={mediaUrl(b.mediaId, 'app')} alt={b.alt} loading="lazy" />;
          default: {
            const unreachable: never = b;
            return unreachable;
          }
        }
      })}
    </div>
  );
}
