; A037760: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,1,2.
; Formula: a(n) = c(n), b(n) = lodamod(b(n-1)+11,4)-2, c(n) = 6*c(n-1)+lodamod(b(n-1)+11,4), b(0) = 0, c(0) = 0
; 3,18,109,656,3939,23634,141805,850832,5104995,30629970,183779821,1102678928,6616073571,39696441426,238178648557,1429071891344,8574431348067,51446588088402,308679528530413,1852077171182480

#offset 1

lpb $0
  add $1,11
  mul $2,6
  mod $1,4
  sub $0,1
  add $2,$1
  sub $1,2
lpe
mov $0,$2
