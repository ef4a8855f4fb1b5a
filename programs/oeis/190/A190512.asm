; A190512: Number of one-sided n-step prudent walks, avoiding single west step only, i.e., two or more consecutive west steps are permitted.
; Formula: a(n) = d(n), b(n) = b(n-1)+d(n-1)+(c(n-1)-(b(n-1)+d(n-1))-(b(n-1)+d(n-1))), c(n) = c(n-1)-(b(n-1)+d(n-1))-(b(n-1)+d(n-1)), d(n) = d(n-1)-(c(n-1)-(b(n-1)+d(n-1))), b(0) = 0, c(0) = 0, d(0) = 1
; 1,2,5,11,24,53,117,258,569,1255,2768,6105,13465,29698,65501,144467,318632,702765,1549997,3418626,7540017,16630031,36678688,80897393,178424817,393528322,867954037,1914332891,4222194104,9312342245,20539017381,45300228866

mov $1,$0
mov $0,1
lpb $1
  add $2,$0
  sub $3,$2
  sub $0,$3
  sub $3,$2
  add $2,$3
  sub $1,1
lpe
