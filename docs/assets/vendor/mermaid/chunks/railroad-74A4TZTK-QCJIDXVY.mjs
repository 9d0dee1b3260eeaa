import{a as r,b as o}from"./chunk-2NB7VB32.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{r as RailroadModule,o as createRailroadServices};
