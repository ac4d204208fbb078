/** A sentence saying what went wrong, announced to screen readers; nothing while all is well. */
export function ErrorLine({ text }: { text: string | null }) {
  return text ? (
    <p className="error" role="alert">
      {text}
    </p>
  ) : null;
}
