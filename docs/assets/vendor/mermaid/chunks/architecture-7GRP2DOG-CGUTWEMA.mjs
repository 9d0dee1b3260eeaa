import{a as e,b as r}from"./chunk-GCMHCMZE.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{e as ArchitectureModule,r as createArchitectureServices};
