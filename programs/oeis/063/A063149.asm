; A063149: Composite numbers which in base 5 contain their largest proper factor as a substring.
; 25,35,55,65,85,95,115,125,145,155,175,185,205,215,235,245,265,275,295,305,325,335,355,365,385,395,415,425,445,455,475,485,505,515,535,545,565,575,595,605,625,635,655,665,685,695,715,725,745,755,775,785,805

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,3
sub $0,1
mov $1,$0
lpb $1
  sub $1,2
  add $0,1
lpe
add $0,6
add $0,7
sub $0,-1
sub $0,16
mul $0,2
sub $0,-2
sub $0,-2
mul $0,5
add $0,25
