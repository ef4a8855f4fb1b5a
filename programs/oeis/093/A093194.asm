; A093194: Minimal values of m=a^2+b^2=c^2+d^2 for each x=a+b+c+d=6*p (p=any odd prime).
; Formula: a(n) = 5*(b(n+1)*b(n+1))+5, b(n) = A151800(b(n-1)), b(0) = 0
; 50,130,250,610,850,1450,1810,2650,4210,4810,6850,8410,9250,11050,14050

#offset 1

add $0,1
lpb $0
  seq $1,151800
  sub $0,1
lpe
mul $1,$1
mov $0,$1
mul $0,5
add $0,5
