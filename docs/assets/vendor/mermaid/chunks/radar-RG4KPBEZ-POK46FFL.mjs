import{a as r,b as e}from"./chunk-N6NHPTUB.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{r as RadarModule,e as createRadarServices};
