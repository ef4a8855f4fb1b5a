; A037518: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 2,0,1.
; Formula: a(n) = c(n), b(n) = lodamod(b(n-1)+2,3)-1, c(n) = 9*c(n-1)+lodamod(b(n-1)+2,3), b(0) = 0, c(0) = 0
; 2,18,163,1469,13221,118990,1070912,9638208,86743873,780694859,7026253731,63236283580,569126552222,5122138969998,46099250729983,414893256569849,3734039309128641,33606353782157770,302457184039419932,2722114656354779388

#offset 1

lpb $0
  add $1,2
  mul $2,9
  mod $1,3
  sub $0,1
  add $2,$1
  sub $1,1
lpe
mov $0,$2
