; A027557: Number of 3-balanced strings of length n: let d(S)= #(1)'s in S - #(0)'s, then S is k-balanced if every substring T has -k<=d(T)<=k; here k=3.
; Formula: a(n) = b(n), b(n) = 2*(b(n-1)-c(n-1)), c(n) = -(c(n-1)+d(n-1)), d(n) = d(n-1)+e(n-1), e(n) = -(e(n-1)+(b(n-1)-c(n-1))), b(0) = 1, c(0) = 0, d(0) = 0, e(0) = 0
; 1,2,4,8,14,26,44,78,130,224,370,626,1028,1718,2810,4656,7594,12506,20356,33374,54242,88640,143906,234594,380548,619238,1003882,1631312,2643386,4291082,6950852,11274702,18258322,29598560

mov $1,$0
mov $0,1
lpb $1
  sub $0,$2
  add $2,$3
  sub $1,1
  add $3,$4
  add $4,$0
  mul $4,-1
  mul $2,-1
  mul $0,2
lpe
