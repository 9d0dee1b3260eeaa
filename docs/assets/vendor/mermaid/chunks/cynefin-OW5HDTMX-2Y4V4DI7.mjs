import{a as e,b as r}from"./chunk-6MWAA5QL.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{e as CynefinModule,r as createCynefinServices};
