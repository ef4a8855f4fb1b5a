; A387332: Number of binary strings of length n that contain at least one maximal run of ones of even length.
; Formula: a(n) = b(n), b(n) = 2*truncate(b(n-1)/-1)+(c(n-1)+d(n-1)), c(n) = c(n-1)+d(n-1)+e(n-1), d(n) = d(n-1)+truncate(b(n-1)/-1)+(2*truncate(b(n-1)/-1)+(c(n-1)+d(n-1)))+(2*truncate(b(n-1)/-1)+(c(n-1)+d(n-1))), e(n) = e(n-1)-(d(n-1)+truncate(b(n-1)/-1)), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 1
; 0,0,1,2,6,13,31,67,148,315,672,1410,2951,6123,12663,26054,53449,109278,222890,453533,921107,1867427,3780396,7642719,15433236,31132582,62744943,126354087,254265823,511337918,1027733205,2064578674,4145578078,8320744045,16694805175

mov $1,1
lpb $0
  div $2,-1
  add $3,$4
  add $4,$2
  mul $2,2
  sub $0,1
  add $2,$3
  add $3,$1
  sub $1,$4
  add $4,$2
  add $4,$2
lpe
mov $0,$2
