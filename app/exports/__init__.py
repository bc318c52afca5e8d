"""Spreadsheet and file exports. Every CSV and XLSX export writes its cells through
`app.exports.cells`, so no text from the database can become a formula in Excel or LibreOffice
(CSV injection); download headers come from `app.exports.cells.attachment`."""
