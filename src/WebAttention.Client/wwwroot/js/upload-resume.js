// Pending uploads, remembered across page reloads so choosing the same file again resumes it.
const storageKey = 'webattention.pendingUploads';
const keep = 20;

function load() {
  try {
    const list = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

function store(list) {
  localStorage.setItem(storageKey, JSON.stringify(list.slice(-keep)));
}

const sameFile = (u, fileName, size, lastModified) =>
  u.fileName === fileName && u.size === size && u.lastModified === lastModified;

export function find(fileName, size, lastModified) {
  return load().find(u => sameFile(u, fileName, size, lastModified)) ?? null;
}

export function save(upload) {
  const list = load().filter(u =>
    u.uploadId !== upload.uploadId && !sameFile(u, upload.fileName, upload.size, upload.lastModified));
  list.push(upload);
  store(list);
}

export function remove(uploadId) {
  store(load().filter(u => u.uploadId !== uploadId));
}
