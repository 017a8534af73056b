// With JavaScript, the header's "all pages" link opens the search page instead (search needs it).
document.querySelectorAll('a[data-search]').forEach(function (a) { a.setAttribute('href', a.dataset.search); });
