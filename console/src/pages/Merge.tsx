export function Merge(_props: { params: Record<string, string | undefined> }) {
  return <h1 tabIndex={-1}>Merge</h1>;
}
