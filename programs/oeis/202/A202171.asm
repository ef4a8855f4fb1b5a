; A202171: The covering numbers rho_3(n).
; Formula: a(n) = -sum(k=0,floor(5*n/7)-1,0-truncate((5*n-7*k)/9)-truncate((5*n-7*k)/9)^0)+1
; 1,3,4,6,9,12,15,18,23,27,32

#offset 1

mul $0,5
lpb $0
  mov $1,$0
  div $1,9
  sub $0,7
  sub $2,$1
  pow $1,0
  sub $2,$1
lpe
mov $0,$2
mul $0,-1
add $0,1
