export function Review(_props: { params: Record<string, string | undefined> }) {
  return <h1 tabIndex={-1}>Review</h1>;
}
