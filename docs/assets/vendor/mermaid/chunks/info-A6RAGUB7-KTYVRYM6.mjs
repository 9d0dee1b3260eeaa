import{a as o,b as e}from"./chunk-NB76Q3ID.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{o as InfoModule,e as createInfoServices};
