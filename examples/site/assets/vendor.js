export function createRoot(el){return{render(t){el.textContent=t}}}
