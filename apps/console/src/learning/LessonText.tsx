import { Fragment, useMemo } from 'react';
import { mediaUrl, parseLessonText, type Inline } from '@taobo/contracts';

/** Lesson text rendered from parsed blocks as React elements (the preview staff see): never as HTML. */
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
    <div className="lesson-text" style={{ fontSize: 15, lineHeight: 1.75 }}>
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'heading': {
            const H = b.level === 1 ? 'h3' : b.level === 2 ? 'h4' : 'h5';
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
              <blockquote
                key={i}
                style={{
                  margin: '8px 0',
                  padding: '6px 12px',
                  borderLeft: '4px solid #1f4e99',
                  background: '#f0f5ff',
                }}
              >
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
            return (
              <img key={i} src={mediaUrl(b.mediaId, 'console')} alt={b.alt} style={{ maxWidth: '100%' }} />
            );
          default: {
            const unreachable: never = b;
            return unreachable;
          }
        }
      })}
    </div>
  );
}
