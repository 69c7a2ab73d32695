export function Record(_props: { params: Record<string, string | undefined> }) {
  return <h1 tabIndex={-1}>Record</h1>;
}
