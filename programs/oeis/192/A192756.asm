; A192756: Coefficient of x in the reduction by x^2->x+1 of the polynomial p(n,x) defined below in Comments.
; 0,1,6,17,38,75,138,243,416,699,1160,1909,3124,5093,8282,13445,21802,35327,57214,92631,149940,242671,392716,635497,1028328,1663945,2692398,4356473,7049006,11405619,18454770,29860539,48315464,78176163

add $0,1
sub $3,1
sub $0,1
add $0,1
sub $2,1
add $0,1
lpb $0
  add $2,$3
  sub $0,1
  add $1,$3
  add $1,$2
  sub $2,$1
  add $1,$2
  sub $3,$2
  add $1,5
  div $1,-1
lpe
mov $0,$1
sub $0,-4
