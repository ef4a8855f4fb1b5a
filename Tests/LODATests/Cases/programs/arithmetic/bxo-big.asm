; case: bxo big
; from: written here
; expect: -100000000000000000001
mov $0,100000000000000000000
bxo $0,-1
