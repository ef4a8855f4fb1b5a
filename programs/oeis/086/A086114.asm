; A086114: Number of 4 X n (0,1) matrices such that each row and each column is nondecreasing or nonincreasing.
; Formula: a(n) = 8*(binomial(0-n,4)-(n-binomial(0-n,4)))
; 8,64,216,528,1080,1968,3304,5216,7848,11360,15928,21744,29016,37968,48840,61888,77384,95616,116888,141520,169848,202224,239016,280608,327400,379808,438264,503216,575128,654480,741768,837504,942216,1056448

#offset 1

sub $1,$0
bin $1,4
sub $0,$1
sub $1,$0
mov $0,$1
mul $0,8
