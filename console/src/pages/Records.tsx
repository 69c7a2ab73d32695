export function Records(_props: { params: Record<string, string | undefined> }) {
  return <h1 tabIndex={-1}>Records</h1>;
}
