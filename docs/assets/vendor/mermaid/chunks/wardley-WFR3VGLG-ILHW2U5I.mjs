import{a as e,b as r}from"./chunk-QURBD4RF.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{e as WardleyModule,r as createWardleyServices};
