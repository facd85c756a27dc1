export function NotFoundContent({
  title,
  body,
  homeLabel,
  homeHref,
}: {
  title: string;
  body: string;
  homeLabel?: string;
  homeHref?: string;
}) {
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{body}</p>
      {homeHref && homeLabel ? (
        <p>
          <a href={homeHref}>{homeLabel}</a>
        </p>
      ) : null}
    </>
  );
}
