import{a as e,b as r}from"./chunk-JXSLOP2S.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{e as TreemapModule,r as createTreemapServices};
