; A357282: a(n) = number of subsets S of {1,2,...,n} having more than 1 element such that (difference between least two elements of S) = difference between greatest two elements of S.
; Formula: a(n) = b(n), b(n) = b(n-1)+c(n-1), c(n) = c(n-1)+d(n-1)+1, d(n) = -d(n-1)+e(n-1), e(n) = 2*e(n-1), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 1
; 0,0,1,4,9,18,33,60,109,202,381,732,1425,2802,5545,11020,21957,43818,87525,174924,349705,699250,1398321,2796444,5592669,11185098,22369933,44739580,89478849,178957362,357914361,715828332,1431656245,2863312042,5726623605

mov $1,1
lpb $0
  add $2,$3
  add $3,$4
  add $3,1
  mul $4,-1
  sub $0,1
  add $4,$1
  mul $1,2
lpe
mov $0,$2
