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
  // the uploaded files by name, so "Accept" can send a file back with its marker (the server keeps nothing)
  let sources = new Map();

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
    sources = new Map();
    for (const file of files) {
      body.append('file', file, file.name);
      // two files of one name cannot be told apart in the reports: neither is kept, so "Accept" never sends the wrong one
      sources.set(file.name, sources.has(file.name) ? null : file);
    }
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
    if (report.findings && report.findings.length > 0) section.querySelector('.report-head').appendChild(acceptList(report, section));
    const frame = section.querySelector('.report-frame');
    frame.addEventListener('load', () => fitFrame(frame));
    frame.srcdoc = report.html;
    section.dataset.file = report.file;
    reports.appendChild(section);
    return section;
  }

  // "Accept" per finding: asks why, then gets a copy with "audit-ignore RULE: reason" at the finding's row
  // (Notes cell or cell comment) and shows that copy's report, where the finding is listed as accepted.
  function acceptList(report, section) {
    const details = document.createElement('details');
    details.className = 'accept';
    const summary = document.createElement('summary');
    summary.textContent = 'Accept a finding (with a reason)';
    details.appendChild(summary);
    const list = document.createElement('ul');
    report.findings.forEach((finding) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Accept';
      button.addEventListener('click', () => accept(report, finding, section));
      const text = document.createElement('span');
      text.textContent = ' ' + finding.severity + ' ' + finding.rule + ' at ' + finding.sheet + '!' + finding.cell + ': ' + finding.message;
      item.append(button, text);
      list.appendChild(item);
    });
    details.appendChild(list);
    return details;
  }

  async function accept(report, finding, section) {
    const reason = window.prompt('Why is ' + finding.rule + ' fine here? The reason is kept in the sheet.');
    if (!reason || !reason.trim()) return;
    const file = sources.get(report.file);
    if (!file) {
      showStatus(sources.get(report.file) === null
        ? 'Two files named ' + report.file + ' were uploaded together; upload this one alone to accept its findings.'
        : 'Upload the file again to accept its findings.', 'error');
      return;
    }
    const body = new FormData();
    body.append('file', file, file.name);
    body.append('accept', JSON.stringify([{ rule: finding.rule, sheet: finding.sheet, cell: finding.cell, reason: reason.trim() }]));
    showStatus('Writing the accepted copy…', 'busy');
    let answer;
    try {
      const response = await fetch('/page/accept', { method: 'POST', body: body });
      answer = await response.json().catch(() => null);
      if (!response.ok || !answer) {
        showStatus(answer && answer.error ? answer.error.message : 'The server answered ' + response.status + '.', 'error');
        return;
      }
    } catch (error) {
      showStatus('Accepting failed: ' + error.message, 'error');
      return;
    }
    // the copy's reports take the place of every report of the file (a file may hold several programs)
    const old = Array.from(reports.querySelectorAll('.report')).filter((s) => s.dataset.file === report.file);
    answer.reports.forEach((next) => {
      // later accepts start from this copy, so every marker stays in the one file
      const copy = next.downloads.find((d) => d.label === 'accepted copy');
      if (copy) {
        const bytes = Uint8Array.from(atob(copy.base64), (c) => c.charCodeAt(0));
        sources.set(next.file, new File([bytes], copy.fileName, { type: copy.contentType }));
      }
      section.before(showReport(next));
    });
    old.forEach((s) => s.remove());
    showStatus(finding.rule + ' accepted: download the accepted copy to keep it.', 'done');
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
