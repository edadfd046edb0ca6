// The widget demo: listens to each composer's reports and shows what the form submits.

const form = document.getElementById("demo-form");

document.addEventListener("handshake-report", (event) => {
  const label = document.querySelector(`.demo-score[data-for="${event.target.id}"]`);
  const report = event.detail.report;
  if (label) label.textContent = report.error ? "not checked" : `score ${report.score}`;
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const entries = Object.fromEntries(new FormData(form));
  document.getElementById("submitted").textContent = JSON.stringify(entries, null, 2);
});
