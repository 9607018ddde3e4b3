// The "Cetak" link of the printable PK. A javascript: URL would be refused by the content
// security policy, which runs scripts only from Kinerja's static files.
document.addEventListener("click", (event) => {
  const link = event.target.closest("[data-cetak]");
  if (link) {
    event.preventDefault();
    window.print();
  }
});
