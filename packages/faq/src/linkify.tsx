/** Plain answer text with its web addresses as links (answers are plain text: no HTML from the server). */
const url = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]])/g;

export function Linkified({ text, newTab }: { text: string; newTab: string }) {
  const parts = text.split(url);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} target="_blank" rel="noopener noreferrer">
            {part}
            <span class="visually-hidden"> {newTab}</span>
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
