; A174092: Primes p = -83 + n * 30 (n = 0, 1, ..., 8) forming "optimal" 3 x 3 Magic Prime Square.
; -83,-53,-23,7,37,67,97,127,157

#offset 1

sub $0,1
sub $2,1
sub $0,1
sub $2,2
add $0,3
sub $2,$0
mov $0,$2
sub $0,-5
mul $0,-30
add $0,-83
