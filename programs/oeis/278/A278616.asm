; A278616: Sum of terms in level n of TRIP -  Stern sequence associated with permutation triple (e,13,132).
; 3,8,21,56,148,393,1041,2761,7318,19403,51436,136366,361513,958413,2540831,6735996,17857733,47342548,125509476,332737401

add $0,3
mov $1,$0
mov $0,1
lpb $1
  sub $0,$2
  add $2,$0
  add $2,$3
  sub $1,1
  mul $3,-1
  add $3,$0
  max $1,1
  add $2,$0
  mul $2,-1
lpe
