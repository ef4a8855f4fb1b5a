; A363166: Bouton numbers: a(n) is the number of P positions in games of Nim with three nonzero heaps each containing at most n sticks.
; Formula: a(n) = truncate(d(n)/2), b(n) = lodamod(b(n-1)-2,c(n-1)+1), c(n) = c(n-1)+1, d(n) = d(n-1)-lodamod(b(n-1)-2,c(n-1)+1), b(0) = 0, c(0) = 0, d(0) = 0
; 0,0,1,1,2,4,7,7,8,10,13,17,22,28,35,35,36,38,41,45,50,56,63,71,80,90,101,113,126,140,155,155,156,158,161,165,170,176,183,191,200,210,221,233,246,260,275,291,308,326,345,365,386,408,431,455,480,506,533,561,590,620,651,651,652,654,657,661,666,672,679,687,696,706,717,729,742,756,771,787

#offset 1

lpb $0
  sub $1,2
  sub $0,1
  add $2,1
  mod $1,$2
  sub $3,$1
lpe
mov $0,$3
div $0,2
