const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The uploader session page: a person chooses a file and confirms it (the file's name and size
 * are sent, not its bytes: the mock prints nothing). Invented; Probo's uploader is a web app.
 */
export function uploaderPage(
  view: { id: number; product_id: number; status: string; file: { name: string } | null },
  token: string,
): string {
  const done = view.status !== 'open';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>probo-mock uploader session ${view.id}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}button{font:inherit;padding:.4rem 1rem}.note{color:#555;font-size:.9rem}</style>
</head><body>
<h1>Uploader session ${view.id}</h1>
<p>Product ${view.product_id} · status <strong id="status">${escape(view.status)}</strong></p>
<form id="upload"${done ? ' hidden' : ''}>
  <label for="file">Print file (.pdf, .jpg, .png)</label><br>
  <input id="file" name="file" type="file" accept=".pdf,.jpg,.jpeg,.png" required><br><br>
  <button id="confirm" type="submit">Confirm file</button>
</form>
<p id="result">${done && view.file ? `Confirmed: ${escape(view.file.name)}` : ''}</p>
<p class="note">probo-mock: a stand-in for Probo's uploader (invented). Only the file's name and size are sent.</p>
<script>
const form = document.getElementById('upload');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = document.getElementById('file').files[0];
  if (!file) return;
  const answer = await fetch(location.pathname + '/confirm', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: ${JSON.stringify(token)}, file_name: file.name, size_in_bytes: file.size }),
  });
  const body = await answer.json();
  document.getElementById('status').textContent = body.session ? body.session.status : 'error';
  document.getElementById('result').textContent = answer.ok ? 'Confirmed: ' + file.name : body.message;
  if (answer.ok) form.hidden = true;
});
</script>
</body></html>`;
}
