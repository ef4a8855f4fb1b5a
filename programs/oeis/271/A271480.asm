; A271480: Dimension of n-qubit subspace H^{MPS}_{2,n} for bond dimension 2.
; 1,2,4,8,16,30,53,88,139,210,306,432,594,798,1051,1360

add $0,5
lpb $0
  sub $0,2
  add $1,$2
  add $3,1
  mov $2,$0
  bin $2,$3
  mov $3,2
lpe
mov $0,$1
sub $0,2
