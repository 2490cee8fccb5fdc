// The upload page: sends the chosen or dropped files to /page/audit and shows one report per program.
// Plain browser JavaScript, no libraries. Client file names are shown with textContent only.
(function () {
  'use strict';

  const form = document.getElementById('upload');
  const input = document.getElementById('file-input');
  const status = document.getElementById('status');
  const reports = document.getElementById('reports');
  const template = document.getElementById('report-template');
  let objectUrls = [];

  form.addEventListener('submit', (event) => event.preventDefault());
  input.addEventListener('change', () => {
    if (input.files.length > 0) upload(input.files);
  });
  ['dragenter', 'dragover'].forEach((type) => form.addEventListener(type, (event) => {
    event.preventDefault();
    form.classList.add('dragging');
  }));
  ['dragleave', 'drop'].forEach((type) => form.addEventListener(type, (event) => {
    event.preventDefault();
    form.classList.remove('dragging');
  }));
  form.addEventListener('drop', (event) => {
    if (event.dataTransfer && event.dataTransfer.files.length > 0) upload(event.dataTransfer.files);
  });

  async function upload(files) {
    const body = new FormData();
    for (const file of files) body.append('file', file, file.name);
    showStatus('Auditing ' + files.length + (files.length === 1 ? ' file…' : ' files…'), 'busy');
    clearReports();
    try {
      const response = await fetch('/page/audit', { method: 'POST', body: body });
      const answer = await response.json().catch(() => null);
      if (!response.ok) {
        const message = answer && answer.error ? answer.error.message : 'The server answered ' + response.status + '.';
        showStatus(message, 'error');
        return;
      }
      answer.reports.forEach(showReport);
      showStatus(summaryLine(answer.reports), 'done');
    } catch (error) {
      showStatus('The upload failed: ' + error.message, 'error');
    } finally {
      input.value = '';
    }
  }

  function showReport(report) {
    const section = template.content.firstElementChild.cloneNode(true);
    section.querySelector('.report-title').textContent = report.file + (report.program ? ' — ' + report.program : '');
    const counts = section.querySelector('.report-counts');
    if (report.summary) {
      counts.textContent = count(report.summary.errors, 'error') + ' · ' + count(report.summary.warnings, 'warning')
        + ' · ' + count(report.summary.infos, 'info');
    } else {
      counts.textContent = 'Could not be read: ' + report.error;
      counts.classList.add('error');
    }
    const downloads = section.querySelector('.downloads');
    report.downloads.forEach((download) => downloads.appendChild(downloadLink(download)));
    report.notes.forEach((note) => {
      const line = document.createElement('p');
      line.className = 'note';
      line.textContent = note;
      section.querySelector('.report-head').appendChild(line);
    });
    const frame = section.querySelector('.report-frame');
    frame.addEventListener('load', () => fitFrame(frame));
    frame.srcdoc = report.html;
    reports.appendChild(section);
  }

  function downloadLink(download) {
    const bytes = Uint8Array.from(atob(download.base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: download.contentType }));
    objectUrls.push(url);
    const link = document.createElement('a');
    link.className = 'button';
    link.href = url;
    link.download = download.fileName;
    link.textContent = 'Download ' + download.label;
    link.dataset.kind = download.label;
    return link;
  }

  // The report is a document of its own; grow the frame to its height so the page scrolls as one.
  function fitFrame(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement) frame.style.height = (doc.documentElement.scrollHeight + 24) + 'px';
  }

  function summaryLine(list) {
    const unreadable = list.filter((r) => !r.summary).length;
    const errors = list.reduce((sum, r) => sum + (r.summary ? r.summary.errors : 0), 0);
    const warnings = list.reduce((sum, r) => sum + (r.summary ? r.summary.warnings : 0), 0);
    return count(list.length, 'program') + ' audited: ' + count(errors, 'error') + ', '
      + count(warnings, 'warning') + (unreadable ? ', ' + unreadable + ' unreadable' : '') + '.';
  }

  function count(n, noun) {
    return n + ' ' + noun + (n === 1 ? '' : 's');
  }

  function clearReports() {
    objectUrls.forEach((url) => URL.revokeObjectURL(url));
    objectUrls = [];
    reports.replaceChildren();
  }

  function showStatus(text, kind) {
    status.textContent = text;
    status.className = kind;
  }
})();
