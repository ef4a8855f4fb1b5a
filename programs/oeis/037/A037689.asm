; A037689: Base 5 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,0,3.
; Formula: a(n) = d(n), b(n) = b(n-1)+c(n-1), c(n) = gcd(c(n-1),c(n-1))+1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)), d(n) = 5*d(n-1)+(gcd(c(n-1),c(n-1))+1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)))+(b(n-1)+c(n-1)), b(0) = 0, c(0) = 3, d(0) = 0
; 1,7,35,178,891,4457,22285,111428,557141,2785707,13928535,69642678,348213391,1741066957,8705334785,43526673928,217633369641,1088166848207,5440834241035,27204171205178,136020856025891,680104280129457

#offset 1

mov $1,$0
mov $0,3
lpb $1
  add $2,$0
  gcd $0,$0
  add $0,1
  mul $3,5
  sub $0,$2
  sub $0,$2
  sub $1,1
  add $3,$0
  add $3,$2
lpe
mov $0,$3
