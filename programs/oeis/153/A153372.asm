; A153372: Number of zig-zag paths from top to bottom of a rectangle of width 11 with 2n-1 rows whose color is that of the top right corner.
; Formula: a(n) = c(n)+truncate(b(n)/3), b(n) = 2*b(n-1)+d(n-1), c(n) = c(n-1)-d(n-1)-(d(n-1)-(c(n-1)-d(n-1))), d(n) = d(n-1)-(c(n-1)-d(n-1)), b(0) = 0, c(0) = 3, d(0) = 0
; 6,20,72,264,976,3624,13488,50264,187440,699240,2609008,9735768,36332016,135588200,506012592,1888445784,7047737776,26302439784,98161890288,366344859224,1367217022320,5102522181480,19042869606448

#offset 1

mov $1,$0
mov $0,3
lpb $1
  mul $2,2
  add $2,$3
  sub $0,$3
  sub $3,$0
  sub $0,$3
  sub $1,1
lpe
div $2,3
add $0,$2
