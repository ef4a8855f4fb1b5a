; A134441: Last two digits of primes of form 4n+1 (A002144), excluding 5. Leading 0's omitted.
; Formula: a(n) = 4*A001068(n+2)-11
; 1,9,13,17,21,29,33,37,41,49,53,57,61,69,73,77,81,89,93,97

#offset 1

add $0,2
seq $0,1068
mul $0,4
sub $0,11
