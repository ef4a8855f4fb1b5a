; A250128: Number of triforces generated at iteration n in a Koch-Sierpiński Ninja Star.
; Formula: a(n) = truncate(d(n)/-24), b(n) = b(n-1)+c(n-1), c(n) = c(n-1)-d(n-1)-(b(n-1)+c(n-1))-(d(n-1)-(b(n-1)+c(n-1))+(c(n-1)-d(n-1)-(b(n-1)+c(n-1)))), d(n) = 3*(d(n-1)-(b(n-1)+c(n-1))+(c(n-1)-d(n-1)-(b(n-1)+c(n-1)))), b(0) = 0, c(0) = 8, d(0) = 0
; 0,1,3,9,30,96,309,996,3207,10329,33267,107142,345072,1111371,3579384,11528097,37128459,119579361,385128390,1240380240,3994883733

mov $1,$0
mov $0,8
lpb $1
  add $2,$0
  sub $0,$3
  sub $3,$2
  sub $0,$2
  add $3,$0
  sub $0,$3
  mul $3,3
  sub $1,1
lpe
mov $0,$3
div $0,-24
