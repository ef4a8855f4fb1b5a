; A037681: Base-4 digits are, in order, the first n terms of the periodic sequence with initial period 1,0,3,2.
; Formula: a(n) = c(n), b(n) = lodamod(b(n-1)+5,4)-2, c(n) = 4*c(n-1)+lodamod(b(n-1)+5,4), b(0) = 0, c(0) = 0
; 1,4,19,78,313,1252,5011,20046,80185,320740,1282963,5131854,20527417,82109668,328438675,1313754702,5255018809,21020075236,84080300947,336321203790,1345284815161,5381139260644,21524557042579,86098228170318

#offset 1

lpb $0
  add $1,5
  mul $2,4
  mod $1,4
  sub $0,1
  add $2,$1
  sub $1,2
lpe
mov $0,$2
