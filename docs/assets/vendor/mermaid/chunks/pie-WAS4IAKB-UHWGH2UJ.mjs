import{a as e,b as r}from"./chunk-O6K4THRP.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{e as PieModule,r as createPieServices};
