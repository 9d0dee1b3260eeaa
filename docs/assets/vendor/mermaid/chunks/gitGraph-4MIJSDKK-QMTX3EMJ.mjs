import{a as r,b as e}from"./chunk-LPBODFGJ.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{r as GitGraphModule,e as createGitGraphServices};
