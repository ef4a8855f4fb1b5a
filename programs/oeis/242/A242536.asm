; A242536: Number of n-length words on {1,2,3,4} such that the maximal runs of identical odd integers are of odd length and the maximal runs of identical even integers are of even length.
; Formula: a(n) = truncate(b(n+1)/7), b(n) = b(n-1)+c(n-1)-(2*e(n-1)+(b(n-1)+c(n-1))+(b(n-1)+c(n-1)))-(2*e(n-1)+(b(n-1)+c(n-1))+(b(n-1)+c(n-1))-7), c(n) = c(n-1)+e(n-1)-(d(n-1)-e(n-1))+(2*e(n-1)+(b(n-1)+c(n-1))), d(n) = d(n-1)-e(n-1), e(n) = 2*e(n-1)+(b(n-1)+c(n-1))+(b(n-1)+c(n-1))-7+(d(n-1)-e(n-1)), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 1,2,4,12,26,66,160,386,946,2292,5582,13578,33016,80330,195370,475236,1155974,2811762,6839416,16636178,40466002,98429844,239421374,582370554,1416562360,3445657082,8381242522,20386597380,49588514390,120619477410,293395730296

add $0,1
lpb $0
  sub $0,1
  add $1,$2
  add $2,$3
  sub $4,$3
  sub $2,$4
  mul $3,2
  add $3,$1
  add $2,$3
  add $3,$1
  sub $1,$3
  sub $3,7
  sub $1,$3
  add $3,$4
lpe
mov $0,$1
div $0,7
