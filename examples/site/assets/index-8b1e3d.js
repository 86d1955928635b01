import{createRoot as c}from'./vendor.js';c(document.getElementById('root')).render('Planlayıcı');
